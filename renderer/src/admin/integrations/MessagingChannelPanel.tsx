import { useTranslation } from 'react-i18next';
import { CopyText } from './CopyText.js';
import { inboundUrl } from './queue-addresses.js';
import { DeliveryLog } from './DeliveryLog.js';
import { SecretPanel } from './SecretPanel.js';
import { useQueueAddress } from './useQueueAddress.js';
import './integrations.css';

/**
 * A stored generic channel beside its form: the inbound URL its adapter posts customer messages to, its channel
 * secret (made on the queue, shown once) and the deliveries of its replies to the reply URL.
 */
export function MessagingChannelPanel(props: { channelId: string; editable: boolean }) {
  const { t } = useTranslation();
  const { url, tenantId } = useQueueAddress();
  return (
    <>
      {url && tenantId ? (
        <CopyText
          label={t('integrations.channel.inboundUrl')}
          hint={t('integrations.channel.inboundUrlHint')}
          text={inboundUrl(url, tenantId, props.channelId)}
          testId="channel-inbound-url"
        />
      ) : null}
      <SecretPanel kind="channel" id={props.channelId} editable={props.editable} />
      <DeliveryLog owner={{ channelId: props.channelId }} editable={props.editable} />
    </>
  );
}
