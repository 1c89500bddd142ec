import { FluentProvider, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Campaign } from '../../../forms/schema';
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

/** The pane: the campaign's name, then one tab per task a user comes for. */
export function AppShell({ campaign }: { campaign: Campaign }) {
  const styles = useAppShellStyles();
  const [tab, setTab] = useState<TabKey>('insert');
  // Once opened, the merge tab stays mounted (hidden under the other tabs): the files it read are not read again.
  const [mergeOpened, setMergeOpened] = useState(false);
  const choose = (key: TabKey) => {
    setTab(key);
    if (key === 'merge') setMergeOpened(true);
  };
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.title}>
          {campaign.shortName}
        </Text>
        <Text size={200} className={styles.subtitle}>
          {campaign.texts.period}
        </Text>
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, data) => choose(data.value as TabKey)} className={styles.tabs}>
        {TABS.map((t) => (
          <Tab key={t.key} value={t.key}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <main className={styles.body}>
        {tab === 'insert' && <InsertTab campaign={campaign} />}
        {tab === 'check' && <CheckTab />}
        {mergeOpened && (
          <div hidden={tab !== 'merge'}>
            <MergeTab campaign={campaign} active={tab === 'merge'} />
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
