export { CampaignBar } from './CampaignBar';
