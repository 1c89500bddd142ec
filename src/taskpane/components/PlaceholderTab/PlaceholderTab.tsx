import { Text } from '@fluentui/react-components';

/** A tab whose feature has not landed yet says so plainly instead of showing nothing. */
export function PlaceholderTab({ text }: { text: string }) {
  return <Text>{text}</Text>;
}
