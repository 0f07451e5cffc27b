import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createKnowledgeBase, loadKnowledgeBase, type KnowledgeBase } from '../../../engine/knowledge-base.js';

/**
 * The tenant's knowledge base for replaying decisions in the rules preview. A tenant answered by a
 * model instead (retail) ships none: an empty one makes a no-longer-forced ticket replay as unanswerable.
 */
export function tenantKnowledgeBase(resourcesDir: string, tenantId: string): KnowledgeBase {
  const file = join(resourcesDir, 'tenants', tenantId, 'knowledge-base.json');
  return existsSync(file) ? loadKnowledgeBase(file) : createKnowledgeBase({});
}
