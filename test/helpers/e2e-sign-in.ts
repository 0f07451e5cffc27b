/** The end-to-end tests' signed-in console (issue 18): started without a token, its person signs in on its page. */
import type { Page } from 'playwright-core';
import { ConsoleSessionSchema, type ConsoleSession } from '../../shared/api/identity-console.js';
import type { NewUser, User } from '../../shared/api/identity-contract.js';
import { SIGN_IN_POLICY_ID, type SignInPolicy } from '../../shared/settings/sign-in-policy.js';
import { startTsProcess, type RunningProcess } from './child-process.js';
import { callConsoleHost } from './e2e-host-calls.js';
import { CONSOLE_HOST_ENTRY, type queueCaller } from './e2e-processes.js';

type QueueCaller = ReturnType<typeof queueCaller>;

/** `npm run serve -- --queue URL --tenant ID` with no token, no autopilot and no demo: people sign in on its page. */
export function startSignedInConsoleHost(options: {
  dataDir: string;
  queueUrl: string;
  tenantId: string;
}): RunningProcess {
  const args = [
    '--port',
    '0',
    '--data-dir',
    options.dataDir,
    '--queue',
    options.queueUrl,
    '--tenant',
    options.tenantId,
  ];
  return startTsProcess(CONSOLE_HOST_ENTRY, [...args, '--no-autopilot', '--no-demo']);
}

/** Saves the tenant's sign-in policy (the admin's caller), as the admin screen's Sign-in section does. */
export async function saveSignInPolicy(admin: QueueCaller, policy: SignInPolicy): Promise<void> {
  await admin('PUT', `/settings/sign_in/${SIGN_IN_POLICY_ID}`, { baseVersion: 0, value: policy });
}

/** Adds a user of the tenant (the admin's caller). */
export function addUser(admin: QueueCaller, user: Omit<NewUser, 'language'> & { password: string }): Promise<User> {
  return admin<User>('POST', '/users', { ...user, language: null });
}

/** Signs `email` in with a password on the page's sign-in screen and waits for the header to name them. */
export async function signInWithPassword(page: Page, email: string, password: string, name: string): Promise<void> {
  await page.getByTestId('sign-in-screen').waitFor();
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-password').press('Enter');
  await page.getByTestId('session-user').getByText(name, { exact: true }).waitFor({ timeout: 30_000 });
}

/** Signs the page's person out with the header's button and waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-screen').waitFor();
}

/** The console's session as its host answers getSession (who is signed in, why not, what waits and whose). */
export async function consoleSession(consoleUrl: string): Promise<ConsoleSession> {
  const answer = (await callConsoleHost(consoleUrl, 'getSession')) as { ok: boolean; value?: unknown };
  if (!answer.ok) throw new Error(`getSession answered ${JSON.stringify(answer)}`);
  return ConsoleSessionSchema.parse(answer.value);
}
