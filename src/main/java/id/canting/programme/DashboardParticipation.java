package id.canting.programme;

import java.util.Optional;

/**
 * Where the programme dashboard reads its participant figures (women participants, prison units
 * reached through participation) from. The participants' records provide a bean of this type; without
 * one the dashboard shows no participant section.
 */
@FunctionalInterface
public interface DashboardParticipation {

	/** The participants of the programmes of this year, or empty when none are recorded. */
	Optional<ProgrammeDashboard.Participation> ofYear(int year);
}
