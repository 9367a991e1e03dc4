// The rule list, in documentation order. One import per rule.
import type { Rule } from '../types';
import { excessivePunctuation } from './excessive-punctuation';

export const rules: Rule[] = [excessivePunctuation];
