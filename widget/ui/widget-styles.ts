import type { AccentColors } from '../accent-colors.js';

/**
 * The widget's whole stylesheet, adopted by its shadow root (CSSOM, so a host page's Content-Security-Policy
 * without 'unsafe-inline' allows it). `:host { all: initial }` keeps the page's inherited styles out; nothing here
 * reaches the page. The accent is a checked #rrggbb (accent-colors.ts).
 */
export function widgetStyles(colors: AccentColors, position: 'left' | 'right'): string {
  return `
:host { all: initial; }
* { box-sizing: border-box; }
.root { --accent: ${colors.accent}; --on-accent: ${colors.onAccent}; --ring: ${colors.ring};
  position: fixed; bottom: 20px; ${position}: 20px; z-index: 2147483000; color: #1f2328;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; }
button, textarea, input { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--ring); outline-offset: 2px; }
.launcher { display: block; margin-${position === 'right' ? 'left' : 'right'}: auto; width: 56px; height: 56px;
  border: 0; border-radius: 50%; background: var(--accent); color: var(--on-accent); cursor: pointer;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher svg { width: 28px; height: 28px; fill: currentColor; vertical-align: middle; }
.launcher { position: relative; }
.launcher.unread::after { content: ""; position: absolute; top: 2px; right: 2px; width: 14px; height: 14px;
  border-radius: 50%; background: #d1242f; border: 2px solid #fff; }
.panel { position: absolute; bottom: 72px; ${position}: 0; width: min(380px, calc(100vw - 40px));
  height: min(600px, calc(100vh - 112px)); display: flex; flex-direction: column; overflow: hidden;
  background: #fff; border-radius: 12px; box-shadow: 0 8px 32px rgba(0,0,0,.28); }
.panel[hidden] { display: none; }
.header { display: flex; align-items: center; gap: 8px; padding: 12px 14px; background: var(--accent); color: var(--on-accent); }
.header h2 { flex: 1; margin: 0; font-size: 17px; font-weight: 600; overflow-wrap: anywhere; }
.header button { border: 0; background: transparent; color: inherit; width: 32px; height: 32px; border-radius: 6px;
  padding: 4px; cursor: pointer; }
.header svg { width: 24px; height: 24px; fill: currentColor; }
.header :focus-visible { outline-color: var(--on-accent); outline-offset: -3px; }
.body { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; }
.greeting, .message { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.greeting, .message.ai, .message.agent { align-self: flex-start; background: #eef1f4; }
.message.customer { align-self: flex-end; background: var(--accent); color: var(--on-accent); }
.message.sending { opacity: .85; }
.messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.author { display: block; font-size: 12px; font-weight: 600; }
.status-line { display: block; font-size: 12px; }
.typing, .notice, .handoff, .resolved { font-size: 14px; padding: 8px 12px; border-radius: 8px; }
.typing { align-self: flex-start; color: #454c54; }
.handoff { background: #fff8e1; border: 1px solid #d4a72c; }
.handoff p, .resolved p { margin: 0; }
.handoff strong { display: block; }
.resolved { background: #e9f5ec; border: 1px solid #4c9a63; }
.notice { background: #fdecea; border: 1px solid #c6423a; }
.notice.ok { background: #e9f5ec; border-color: #4c9a63; }
.notice:empty { display: none; }
.rating fieldset { border: 1px solid #8c959f; border-radius: 8px; margin: 0; padding: 8px 12px; }
.rating legend { padding: 0 4px; font-weight: 600; }
.rating label { display: block; padding: 2px 0; }
.rating > label { display: block; margin-top: 8px; }
.rating textarea { width: 100%; min-height: 60px; margin: 4px 0 8px; }
.rating .error { color: #b42318; font-size: 14px; margin: 4px 0 0; }
.rating .error:empty { display: none; }
.composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px; border-top: 1px solid #d0d7de; }
.composer textarea { flex: 1; min-height: 40px; max-height: 120px; resize: none; padding: 8px 10px;
  border: 1px solid #6e7781; border-radius: 8px; background: #fff; }
.button { border: 0; border-radius: 8px; padding: 9px 14px; background: var(--accent); color: var(--on-accent);
  font-weight: 600; cursor: pointer; }
.hint, .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
textarea, input[type=radio] { accent-color: var(--accent); }
@media (prefers-reduced-motion: no-preference) {
  .typing { animation: pulse 1.4s ease-in-out infinite; }
  @keyframes pulse { 50% { opacity: .55; } }
}
`;
}
