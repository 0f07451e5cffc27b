import { useTranslation } from 'react-i18next';
import { tagViewOf, useTenantTags } from './tenant-tags.js';
import './tags.css';

/** A tag's colour as a small square beside its name (the name keeps the text colour, so it stays readable). */
export function TagSwatch({ color }: { color: string | null }) {
  return color ? <span className="tag-swatch" aria-hidden="true" style={{ backgroundColor: color }} /> : null;
}

/**
 * A ticket's tags as chips, by the tenant's names and colours (a tag the tenant no longer has shows its id).
 * `small` is the inbox row's size.
 */
export function TagChips({ tags, small = false }: { tags: readonly string[] | undefined; small?: boolean }) {
  const { t } = useTranslation();
  const catalog = useTenantTags();
  if (!tags || tags.length === 0) return null;
  return (
    // In an inbox row (an option, whose content is plain text to assistive technology) the chips are only text.
    <span
      className={`tag-chips${small ? ' tag-chips-small' : ''}`}
      role={small ? undefined : 'list'}
      aria-label={small ? undefined : t('tags.title')}
    >
      {tags.map((id) => {
        const tag = tagViewOf(catalog, id);
        return (
          <span key={id} className="chip chip-tag" role={small ? undefined : 'listitem'} data-tag-id={id}>
            <TagSwatch color={tag.color} />
            <span dir="auto">{tag.name}</span>
          </span>
        );
      })}
    </span>
  );
}
