package id.canting.imports;

import java.util.Locale;
import java.util.Objects;

import id.canting.registry.IkmDetails;
import id.canting.registry.Verification;

/**
 * Whether a row that names an IKM by its Canting ID may change that IKM's NIB. Officials add a new
 * business by copying an exported row and typing the new NIB and name over it, leaving the ID: that
 * row describes another business, and writing it would silently replace the one the ID names. So a
 * row whose NIB and name both differ from its ID's IKM is refused; a NIB correction (same name) is
 * allowed while the IKM is unverified; the NIB of a VERIFIED IKM is never changed by a file (it was
 * checked against OSS; a correction goes through the IKM's page and its verification).
 */
final class IkmRowIdentity {

	private IkmRowIdentity() {
	}

	/** The message key of the problem, or null when the row may update the IKM. */
	static String problem(IkmDetails existing, Verification verification, IkmDetails row) {
		if (Objects.equals(existing.nib(), row.nib())) {
			return null;
		}
		if (verification == Verification.VERIFIED) {
			return "import.identity.verified-nib";
		}
		if (!sameName(existing.name(), row.name())) {
			return "import.identity.other-business";
		}
		return null;
	}

	private static boolean sameName(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	private static String normalise(String name) {
		return name == null ? "" : name.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
