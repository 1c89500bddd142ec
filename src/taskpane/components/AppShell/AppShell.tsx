import { FluentProvider, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { campaignJson } from '../../../forms/defineForm';
import type { ActiveCampaign } from '../../campaign/useActiveCampaign';
import { CampaignBar } from '../CampaignBar';
import { CheckTab } from '../CheckTab';
import { DesignStore } from '../../design/store';
import { InsertTab } from '../InsertTab';
import { useAppShellStyles } from './useAppShellStyles.styles';

// The designer (its inference core is the largest part of the pane) is fetched when its tab is first opened, not at start.
const DesignTab = lazy(() => import('../DesignTab').then((m) => ({ default: m.DesignTab })));
// Tổng hợp is the province's tab, fetched when first opened: a unit's clerk, who inserts and checks, never waits for it.
const MergeTab = lazy(() => import('../MergeTab').then((m) => ({ default: m.MergeTab })));

type TabKey = 'insert' | 'check' | 'merge' | 'design';

const TABS: readonly { key: TabKey; label: string }[] = [
  { key: 'insert', label: 'Chèn biểu' },
  { key: 'check', label: 'Kiểm tra' },
  { key: 'merge', label: 'Tổng hợp' },
  { key: 'design', label: 'Thiết kế biểu' },
];

/** The pane: the campaign in use, then one tab per task a user comes for. */
export function AppShell({ active }: { active: ActiveCampaign }) {
  const styles = useAppShellStyles();
  const [tab, setTab] = useState<TabKey>('insert');
  // Once opened, the merge tab stays mounted (hidden under the other tabs): the files it read are not read again.
  const [mergeOpened, setMergeOpened] = useState(false);
  // Held here, above the campaign key below: saving a design adopts a new campaign, and the design must outlive that.
  const [design] = useState(() => new DesignStore());
  const choose = (key: TabKey) => {
    setTab(key);
    if (key === 'merge') setMergeOpened(true);
  };
  const { campaign } = active;
  // A panel fills the pane's height so that its footer sits at the bottom; hidden, it takes no class (its display would beat `hidden`).
  const panel = (key: TabKey) => (tab === key ? { className: styles.panel } : { hidden: true });
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <CampaignBar active={active} />
      {/* A landmark, so that a screen reader's list of regions leads to the tabs as it does to the header and the main part. */}
      <nav aria-label="Các thẻ">
        {/* Four tabs: small ones fit a 360 px pane on one line, and wrap rather than run off the narrowest (320 px). */}
        <TabList size="small" selectedValue={tab} onTabSelect={(_, data) => choose(data.value as TabKey)} className={styles.tabs} style={{ flexWrap: 'wrap' }}>
          {TABS.map((t) => (
            <Tab key={t.key} value={t.key}>
              {t.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      {active.ready ? (
        // Another campaign starts every tab afresh: nothing read or chosen under the old forms carries over.
        <main className={styles.body} key={campaignJson(campaign)}>
          {/* Mounted from the start and only hidden: what the user typed and the last result stay while another tab is used. */}
          <div {...panel('insert')}>
            <InsertTab campaign={campaign} />
          </div>
          {tab === 'check' && (
            <div {...panel('check')}>
              <CheckTab />
            </div>
          )}
          {mergeOpened && (
            <div {...panel('merge')}>
              <Suspense fallback={<Spinner size="small" label="Đang mở Tổng hợp…" />}>
                <MergeTab campaign={campaign} active={tab === 'merge'} />
              </Suspense>
            </div>
          )}
          {tab === 'design' && (
            <div {...panel('design')}>
              <Suspense fallback={<Spinner size="small" label="Đang mở Thiết kế biểu…" />}>
                <DesignTab active={active} store={design} />
              </Suspense>
            </div>
          )}
        </main>
      ) : (
        <main className={styles.body}>
          <Spinner size="small" label="Đang đọc bộ biểu của sổ…" />
        </main>
      )}
    </FluentProvider>
  );
}
