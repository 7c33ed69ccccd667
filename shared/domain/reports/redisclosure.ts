/**
 * The notice that must travel with any disclosure of substance-use disorder records.
 *
 * Source: 42 CFR 2.32 "Notice and copy of consent to accompany disclosure", as amended by the
 * 2024 final rule "Confidentiality of Substance Use Disorder (SUD) Patient Records", 89 FR 12472,
 * published February 16, 2024 (effective April 16, 2024; compliance date February 16, 2026).
 * Current text: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.32
 * Rule: https://www.federalregister.gov/documents/2024/02/16/2024-02544/confidentiality-of-substance-use-disorder-sud-patient-records
 *
 * 2.32(a): each disclosure made with the patient's written consent carries one of two written
 * statements. Statement 1 (a)(1) is below, word for word; Statement 2 (a)(2) is the abbreviated
 * one. 2.32(b): the disclosure also carries a copy of the consent or a clear explanation of its
 * scope, which `consentCitation` (shared/domain/consent.ts) writes. The older wording ("This
 * information has been disclosed to you from records protected by federal confidentiality
 * rules...", 83 FR 251, 2018; and "42 CFR part 2 prohibits unauthorized disclosure of these
 * records") is superseded: the 2024 text adds "use" and the (i)-(iii) exceptions.
 *
 * A document prints Statement 1 once, on the first page that shows substance-use information,
 * and Statement 2 in the running footer of every other such page (`ReportWriter.substanceUse`).
 * Nothing is printed without such information: the notice itself would tell the reader that
 * the couple's record involves substance-use treatment.
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

/** 42 CFR 2.32(a)(2), Statement 2, word for word: the running footer of later pages. */
export const partTwoAbbreviatedNotice =
  '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

/** The notice for a report: present exactly when substance-use details are included. */
export function redisclosureNoticeFor(includeSubstanceUse: boolean): string | null {
  return includeSubstanceUse ? partTwoRedisclosureNotice : null;
}
