package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.programme.catalogue.ProgrammeType;

/**
 * The programmes of one year at a glance: budget against what approvals committed and what was
 * realised (delivered or paid), beneficiaries by province and by programme type, women among the
 * beneficiary IKM's owners and prison units reached. A beneficiary is an application approved,
 * realised or closed, counted with the data frozen at its approval; an IKM that benefits from two
 * programmes counts in each.
 *
 * @param years the years that have programmes, newest first, to choose from
 * @param beneficiaries all beneficiaries of the year's programmes
 * @param participation the participants of training and assistance sessions, when that figure is
 *        available (null otherwise; the page then leaves its section out)
 * @param asOf when the figures were read
 */
public record ProgrammeDashboard(int year, List<Integer> years, List<ProgrammeLine> programmes, Money total,
		long beneficiaries, List<CountLine> byProvince, List<CountLine> byType, Share womenOwners, long prisonUnitsReached,
		Participation participation, Instant asOf) {

	/**
	 * One programme's money and places.
	 *
	 * @param beneficiaries the approvals counted against the quota
	 */
	public record ProgrammeLine(String code, String name, ProgrammeType type, ProgrammeStatus status, int quota,
			long beneficiaries, Money money) {
	}

	/**
	 * Budget, committed (by approvals) and realised amounts in IDR, and their shares of the budget in
	 * percent with one decimal (null for a zero budget). Absorption is the realised share, as budget
	 * absorption (penyerapan anggaran) is reported.
	 */
	public record Money(long budgetIdr, long committedIdr, long realisedIdr, BigDecimal committedPercent,
			BigDecimal absorptionPercent) {
	}

	/** Beneficiaries under one key: a province code with its name, or a programme type. */
	public record CountLine(String key, String name, long beneficiaries) {
	}

	/** {@code count} of {@code of}, with the share in percent (one decimal; null when {@code of} is zero). */
	public record Share(long count, long of, BigDecimal percent) {
	}

	/**
	 * Who took part in the year's training and assistance sessions, from the participants' records:
	 * all participants, the women among them, and the prison units they came from.
	 */
	public record Participation(long participants, long womenParticipants, long prisonUnitsReached, Instant asOf) {
	}

	/** The same dashboard with the participants' figures filled in. */
	public ProgrammeDashboard withParticipation(Participation figures) {
		return new ProgrammeDashboard(year, years, programmes, total, beneficiaries, byProvince, byType, womenOwners,
				prisonUnitsReached, figures, asOf);
	}
}
