export { SelfTestDialog } from './SelfTestDialog';
