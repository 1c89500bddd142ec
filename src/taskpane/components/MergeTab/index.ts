export { MergeTab } from './MergeTab';
