package id.canting.registry;

/**
 * One line of a sentra list, with its number of active members and whether that is below the
 * minimum a sentra should have.
 */
public record SentraSummary(long id, String code, String name, String regencyCode, String provinceCode,
		Revitalisation revitalisation, Integer revitalisationYear, RecordStatus status, int activeMembers) {

	public boolean belowMinimumMembers() {
		return activeMembers < SentraRules.MINIMUM_MEMBERS;
	}
}
