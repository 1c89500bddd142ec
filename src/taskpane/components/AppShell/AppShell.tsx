import { FluentProvider, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { campaignJson } from '../../../forms/defineForm';
import type { ActiveCampaign } from '../../campaign/useActiveCampaign';
import { CampaignBar } from '../CampaignBar';
import { CheckTab } from '../CheckTab';
import { InsertTab } from '../InsertTab';
import { MergeTab } from '../MergeTab';
import { useAppShellStyles } from './useAppShellStyles.styles';

type TabKey = 'insert' | 'check' | 'merge';

const TABS: readonly { key: TabKey; label: string }[] = [
  { key: 'insert', label: 'Chèn biểu' },
  { key: 'check', label: 'Kiểm tra' },
  { key: 'merge', label: 'Tổng hợp' },
];

/** The pane: the campaign in use, then one tab per task a user comes for. */
export function AppShell({ active }: { active: ActiveCampaign }) {
  const styles = useAppShellStyles();
  const [tab, setTab] = useState<TabKey>('insert');
  // Once opened, the merge tab stays mounted (hidden under the other tabs): the files it read are not read again.
  const [mergeOpened, setMergeOpened] = useState(false);
  const choose = (key: TabKey) => {
    setTab(key);
    if (key === 'merge') setMergeOpened(true);
  };
  const { campaign } = active;
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <CampaignBar active={active} />
      <TabList selectedValue={tab} onTabSelect={(_, data) => choose(data.value as TabKey)} className={styles.tabs}>
        {TABS.map((t) => (
          <Tab key={t.key} value={t.key}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {active.ready ? (
        // Another campaign starts every tab afresh: nothing read or chosen under the old forms carries over.
        <main className={styles.body} key={campaignJson(campaign)}>
          {tab === 'insert' && <InsertTab campaign={campaign} />}
          {tab === 'check' && <CheckTab />}
          {mergeOpened && (
            <div hidden={tab !== 'merge'}>
              <MergeTab campaign={campaign} active={tab === 'merge'} />
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
