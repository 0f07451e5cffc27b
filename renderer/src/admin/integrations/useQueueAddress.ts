import { useEffect, useState } from 'react';
import { useController } from '../../state/context.js';

/** The queue's address and the console's tenant, for the widget's script tag and a generic channel's inbound URL. */
export function useQueueAddress(): { url: string | null; tenantId: string | null } {
  const { api } = useController();
  const [address, setAddress] = useState<{ url: string | null; tenantId: string | null }>({
    url: null,
    tenantId: null,
  });
  useEffect(() => {
    let live = true;
    void api.getQueueAddress({}).then((answer) => {
      if (live && answer.ok) setAddress(answer.value);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return address;
}
