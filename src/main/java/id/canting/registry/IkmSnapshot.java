package id.canting.registry;

import java.util.Set;

/**
 * The facts of one IKM that the {@link IkmTally} counts: whether it is active, where, what it makes,
 * its kind, size class, owner gender and workers, and its latest accepted semester report (semester
 * and workers, null when it has none). Two snapshots that are equal count the same.
 */
record IkmSnapshot(RecordStatus status, String provinceCode, String regencyCode, Long sentraId,
		Set<Technique> techniques, Set<ProductCategory> categories, Set<Dye> dyes, IkmKind kind, SizeClass sizeClass,
		Gender ownerGender, int workers, String reportedSemester, Integer reportedWorkers) {

	IkmSnapshot {
		techniques = Set.copyOf(techniques);
		categories = Set.copyOf(categories);
		dyes = Set.copyOf(dyes);
	}

	/** A newly registered IKM, which has no report yet. */
	static IkmSnapshot of(Ikm ikm) {
		return of(ikm, null, null);
	}

	/** The IKM as it stands, with the report this snapshot knows of (reports are not in the aggregate). */
	IkmSnapshot now(Ikm ikm) {
		return of(ikm, reportedSemester, reportedWorkers);
	}

	/** The same IKM with a later accepted report. */
	IkmSnapshot withReport(String semester, int workers) {
		return new IkmSnapshot(status, provinceCode, regencyCode, sentraId, techniques, categories, dyes, kind,
				sizeClass, ownerGender, this.workers, semester, workers);
	}

	boolean active() {
		return status == RecordStatus.ACTIVE;
	}

	private static IkmSnapshot of(Ikm ikm, String reportedSemester, Integer reportedWorkers) {
		IkmDetails d = ikm.details();
		return new IkmSnapshot(ikm.status(), ikm.provinceCode(), d.regencyCode(), d.sentraId(), d.techniques(),
				d.categories(), d.dyes(), d.kind(), ikm.sizeClass(), d.ownerGender(), d.workers(), reportedSemester,
				reportedWorkers);
	}
}
