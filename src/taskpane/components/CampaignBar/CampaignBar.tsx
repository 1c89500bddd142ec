import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { originLabel } from '../../campaign/originLabel';
import type { ActiveCampaign } from '../../campaign/useActiveCampaign';
import { useCampaignBarStyles } from './useCampaignBarStyles.styles';

// The self-test (it lays out forms and merges) is fetched when first asked for: most opens of the pane never run it.
const SelfTestDialog = lazy(() => import('../SelfTest').then((m) => ({ default: m.SelfTestDialog })));

/**
 * The header: which campaign the pane works with (name, version, where it came
 * from), a button to open another campaign file, and, when the workbook carries
 * a different campaign, an offer to switch to it.
 */
export function CampaignBar({ active }: { active: ActiveCampaign }) {
  const styles = useCampaignBarStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [selfTest, setSelfTest] = useState(false);
  const { campaign, workbookCampaign, problem } = active;
  // Until the workbook has said which campaign it carries, no name is shown: the built-in one may not be the one used.
  if (!active.ready)
    return (
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.onBrand}>
          Biểu số liệu
        </Text>
      </header>
    );
  return (
    <>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.onBrand}>
          {campaign.shortName}
        </Text>
        <Text size={200} className={styles.onBrand}>
          {campaign.texts.period}
        </Text>
        <div className={styles.line}>
          <Text size={200} className={styles.onBrand} data-testid="campaign-origin">
            Phiên bản {campaign.version} · {originLabel(active.origin)}
          </Text>
          <span className={styles.actions}>
            <Button size="small" appearance="primary" onClick={() => picker.current?.click()}>
              Mở bộ biểu…
            </Button>
            {/* A plain button, not a menu: a menu would add Fluent's popover code to what every user loads at start. */}
            <Button size="small" appearance="primary" onClick={() => setSelfTest(true)}>
              Kiểm tra cài đặt
            </Button>
          </span>
          <input
            ref={picker}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Tệp bộ biểu (.tongket.json)"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void active.openFile(file);
            }}
          />
        </div>
      </header>
      {selfTest && (
        <Suspense fallback={null}>
          <SelfTestDialog open onClose={() => setSelfTest(false)} />
        </Suspense>
      )}
      {workbookCampaign && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Sổ này dùng bộ biểu khác</MessageBarTitle>
            Các biểu trong sổ thuộc “{workbookCampaign.shortName}” (phiên bản {workbookCampaign.version}); ngăn đang dùng “{campaign.shortName}” (phiên bản{' '}
            {campaign.version}). Đổi bộ biểu không sửa số liệu đã nhập.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void active.switchToWorkbookCampaign()}>Dùng bộ biểu của sổ</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Không dùng được bộ biểu</MessageBarTitle>
            <span className={styles.problem}>{problem}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={active.dismissProblem}>Đóng</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
