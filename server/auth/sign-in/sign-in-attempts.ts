/** How long a started identity-provider sign-in can be finished (the person signs in at the provider in between). */
export const SIGN_IN_ATTEMPT_MINUTES = 10;
