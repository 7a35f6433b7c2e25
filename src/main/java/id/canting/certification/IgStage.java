package id.canting.certification;

/**
 * The facilitation stages of a geographical indication, in the order they are reached: the producers
 * form their community (MPIG), draft the description document, file it with DJKI, pass the
 * substantive examination, and the indication is registered.
 */
public enum IgStage {
	COMMUNITY_FORMED, DESCRIPTION_DRAFTED, FILED_WITH_DJKI, SUBSTANTIVE_EXAMINATION, REGISTERED
}
