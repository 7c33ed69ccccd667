/**
 * The notice that must travel with any disclosure of substance-use disorder records.
 *
 * Rule: 42 CFR 2.32 (Notice to accompany disclosure), as amended by the 2024 final rule
 * "Confidentiality of Substance Use Disorder (SUD) Patient Records", 89 FR 12472
 * (16 February 2024). Each disclosure made with the patient's written consent must carry one
 * of the two statements in 2.32(a); this is Statement 1, word for word. It is printed exactly
 * when the clinician includes substance-use details in a report, and never otherwise: without
 * those details the report holds no Part 2 information, and the notice itself would tell the
 * reader that the couple's record involves substance-use treatment.
 */
export const partTwoRedisclosureNotice =
  'This record which has been disclosed to you is protected by Federal confidentiality rules ' +
  '(42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony ' +
  'that describes the information contained in this record, in any civil, criminal, ' +
  'administrative, or legislative proceedings by any Federal, State, or local authority, against ' +
  'the patient, unless authorized by the consent of the patient, except as provided at 42 CFR ' +
  '2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the ' +
  'Federal rules prohibit you from making any other use or disclosure of this record unless at ' +
  'least one of the following applies: (i) Further use or disclosure is expressly permitted by ' +
  'the written consent of the individual whose information is being disclosed in this record or ' +
  'as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate ' +
  'and have received the record for treatment, payment, or health care operations, or (iii) You ' +
  'have received the record from a covered entity or business associate as permitted by 45 CFR ' +
  'part 164, subparts A and E. A general authorization for the release of medical or other ' +
  'information is NOT sufficient to meet the required elements of written consent to further use ' +
  'or redisclose the record (see 42 CFR 2.31).';

/** The notice for a report: present exactly when substance-use details are included. */
export function redisclosureNoticeFor(includeSubstanceUse: boolean): string | null {
  return includeSubstanceUse ? partTwoRedisclosureNotice : null;
}
