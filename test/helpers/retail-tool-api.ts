import { readFileSync } from 'node:fs';
import { RETAIL_OPENAPI_FILE } from '../../examples/retail-api/retail-api-server.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import { testTicket } from './tickets.js';

/** The retail seed's shop API as a saved tool_api setting, called at `baseUrl` (the demo API a test started). */
export function retailToolApi(
  baseUrl: string,
  over: Partial<SettingEntry<'tool_api'>['value']> = {},
): SettingEntry<'tool_api'> {
  return {
    id: 'retail-shop',
    version: 1,
    savedAt: '2026-12-06T00:00:00.000Z',
    savedBy: 'admin',
    value: {
      name: 'Harbor Goods shop API',
      baseUrl,
      openapi: readFileSync(RETAIL_OPENAPI_FILE, 'utf8'),
      enabled: true,
      maxCallsPerTicket: 30,
      timeoutSeconds: 5,
      ...over,
    },
  };
}

export const AARAV_EMAIL = 'aarav.davis1165@example.com';

/** A retail ticket from `email` (Aarav's by default; null: no verified email). */
export function retailCustomerTicket(email: string | null = AARAV_EMAIL, fields: Partial<Ticket> = {}): Ticket {
  return testTicket({
    id: 'tkt_retail',
    tenantId: 'retail',
    customer: { id: 'c1', name: 'Aarav Davis', ...(email === null ? {} : { email }), tier: 'standard' },
    ...fields,
  });
}
