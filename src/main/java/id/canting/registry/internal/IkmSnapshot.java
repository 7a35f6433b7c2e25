package id.canting.registry.internal;

import java.util.Set;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.RecordStatus;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/**
 * The facts of one IKM that the {@link id.canting.registry.IkmTally} counts: whether it is active, where, what it makes,
 * its kind, size class, owner gender and workers, and its latest accepted semester report (semester
 * and workers, null when it has none). Two snapshots that are equal count the same.
 */
public record IkmSnapshot(RecordStatus status, String provinceCode, String regencyCode, Long sentraId,
		Set<Technique> techniques, Set<ProductCategory> categories, Set<Dye> dyes, IkmKind kind, SizeClass sizeClass,
		Gender ownerGender, int workers, String reportedSemester, Integer reportedWorkers) {

	public IkmSnapshot {
		techniques = Set.copyOf(techniques);
		categories = Set.copyOf(categories);
		dyes = Set.copyOf(dyes);
	}

	/** A newly registered IKM, which has no report yet. */
	public static IkmSnapshot of(Ikm ikm) {
		return of(ikm, null, null);
	}

	/** The IKM as it stands, with the report this snapshot knows of (reports are not in the aggregate). */
	public IkmSnapshot now(Ikm ikm) {
		return of(ikm, reportedSemester, reportedWorkers);
	}

	/** The same IKM with a later accepted report. */
	public IkmSnapshot withReport(String semester, int workers) {
		return new IkmSnapshot(status, provinceCode, regencyCode, sentraId, techniques, categories, dyes, kind,
				sizeClass, ownerGender, this.workers, semester, workers);
	}

	public boolean active() {
		return status == RecordStatus.ACTIVE;
	}

	private static IkmSnapshot of(Ikm ikm, String reportedSemester, Integer reportedWorkers) {
		IkmDetails d = ikm.details();
		return new IkmSnapshot(ikm.status(), ikm.provinceCode(), d.regencyCode(), d.sentraId(), d.techniques(),
				d.categories(), d.dyes(), d.kind(), ikm.sizeClass(), d.ownerGender(), d.workers(), reportedSemester,
				reportedWorkers);
	}
}
