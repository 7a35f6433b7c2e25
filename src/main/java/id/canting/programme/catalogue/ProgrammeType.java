package id.canting.programme.catalogue;

/** The kind of development programme, as the directorate general IKMA runs them. */
public enum ProgrammeType {
	TECHNICAL_ASSISTANCE, TRAINING, EQUIPMENT_FACILITATION, MACHINE_RESTRUCTURING, SENTRA_REVITALISATION,
	PRISON_ASSISTANCE, IG_FACILITATION, CERTIFICATION_FACILITATION, INDUSTRY_4_0, PROMOTION
}
