// The attribution engine's public face (lib/quotes/index.ts reads it).

export { type Attribution, type Context, isPersonNoun, NON_PERSON_NOUN } from './context';
export { findSpeakerish, isVerbToken } from './names';
export { indefiniteArticleGender } from './roles';
export { pronounGender } from './pronouns';
export { afterUnsignedStatement, hasNonPersonSubject, implicitSpeaker, previousSubjectIsNobody, subjectOfBlockOpening, subjectOfPreviousSentence, subjectOfSentenceAt } from './subjects';
export { attribute, attributeFromPreviousSentence, introducedInNextBlock, reportedAtSentenceEnd, reportedBySo, sameReportGoesOn, signedInNextBlock } from './clauses';
