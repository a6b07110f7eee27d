// The attribution engine's public face (lib/quotes/index.ts reads it).

export { type Attribution, type Context, isPersonNoun } from './context';
export { findSpeakerish, isVerbToken } from './names';
export { indefiniteArticleGender } from './roles';
export { pronounGender, resolvePronoun } from './pronouns';
export { GROUP_SUBJECT, afterUnsignedStatement, hasNonPersonSubject, implicitSpeaker, previousSubjectIsNobody, subjectOfBlockOpening, subjectOfPreviousSentence, subjectOfSentenceAt } from './subjects';
export { attribute, attributeFromPreviousSentence, closingReportingClause, introducedInNextBlock, reportedAtSentenceEnd, reportedBySo, sameReportGoesOn, signedInNextBlock } from './clauses';
