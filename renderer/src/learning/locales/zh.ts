import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI 学习',
  title: 'AI 从您的工单中学到了什么',
  intro:
    '团队用只标明一个意图的已发布文章解决的工单，会教给 AI 这个意图。AI 在后台重新训练，只有在从未训练过的工单上不变差时才采用新模型。',
  loading: '正在加载…',
  none: '尚未学到任何内容：当足够多的工单用文章解决后，AI 会重新训练。',
  inUse: '正在使用的模型',
  fromTrainingData: '来自训练数据的模型（未使用从您的工单中学到的内容）。',
  trainedAt: '训练于 {{at}}',
  examples: '来自 {{history}} 个已解决工单（{{base}} 个训练数据示例）',
  accuracy: '留出工单上的意图准确率',
  containment: '在错误率 ≤ 0.8 % 时由 AI 解决的比例',
  intentsTitle: '已学到的意图',
  intentColumn: '意图',
  countColumn: '示例',
  historyTitle: '重新训练',
  adopted: '已采用',
  notAdopted: '未采用',
  undo: '撤销上一次重新训练',
  undoHint: '恢复到之前的模型；AI 会在一分钟内跟随。',
  undone: '已撤销。AI 恢复到之前的模型。',
  conflict: '在此期间 AI 记录了新的重新训练。请重新查看后再撤销。',
  failed: '撤销未保存：{{message}}',
} satisfies Catalog<typeof en>;
