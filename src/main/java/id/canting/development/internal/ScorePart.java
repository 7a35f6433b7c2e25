package id.canting.development.internal;

/**
 * The parts of the development score, each 0–1: FACILITIES (share of facility units in working
 * order), READINESS (members' Industry 4.0 readiness), BATIKMARK (share of active members certified),
 * MEMBERSHIP (active members against the five a sentra should have). See docs/sentra-development.md.
 */
public enum ScorePart {
	FACILITIES, READINESS, BATIKMARK, MEMBERSHIP
}
