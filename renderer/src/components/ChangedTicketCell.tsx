import { useFormat } from '../format/useFormat.js';

/**
 * A ticket a preview says would change, as its row's header: the subject (in its own direction), when it came and
 * its intent. The rules preview and the routing policy's preview list them alike.
 */
export function ChangedTicketCell(props: { subject: string; createdAt: string; intent: string | null }) {
  const fmt = useFormat();
  return (
    <th scope="row">
      <bdi>{props.subject}</bdi>
      <small>
        {' '}
        {fmt.dateTime(props.createdAt)}
        {props.intent ? ` · ${props.intent}` : ''}
      </small>
    </th>
  );
}
