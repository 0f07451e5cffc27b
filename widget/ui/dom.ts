/** Attributes to set (`false` and null leave one out), as setAttribute would: no inline handlers, no styles. */
export type Attributes = Readonly<Record<string, string | boolean | null>>;

/** An element of the widget's shadow tree with its attributes and children (text goes in as text, never as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...children);
  return element;
}

export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
}
