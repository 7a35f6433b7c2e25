package id.canting.programme.application.internal;

import id.canting.programme.catalogue.ProgrammeTarget;

/**
 * Who applies, as read from the registry when the application begins: an IKM or a sentra, its
 * province (which decides the officer who verifies) and its name.
 */
public record Applicant(ProgrammeTarget type, Long ikmId, Long sentraId, String provinceCode, String name) {

	public static Applicant ikm(long ikmId, String provinceCode, String name) {
		return new Applicant(ProgrammeTarget.IKM, ikmId, null, provinceCode, name);
	}

	public static Applicant sentra(long sentraId, String provinceCode, String name) {
		return new Applicant(ProgrammeTarget.SENTRA, null, sentraId, provinceCode, name);
	}
}
