package id.canting.programme.application;

/**
 * The beneficiary as the ministry approved it, copied from the registry at approval and frozen in
 * the application: later changes to the IKM or sentra do not rewrite what was decided, and the
 * programme's statistics count the beneficiary as it was.
 *
 * @param kind the IKM kind (REGULAR, PRISON_UNIT, COOPERATIVE), or SENTRA for a sentra
 * @param sizeClass KECIL or MENENGAH for an IKM, null for a sentra
 * @param ownerGender F or M for an IKM, null for a sentra
 * @param workers the workers of the IKM, or the active members of the sentra
 */
public record Beneficiary(String name, String nib, String regencyCode, String kind, String sizeClass,
		Integer workers, Integer womenWorkers, String ownerGender) {
}
