package id.canting.programme.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.programme.ProgrammeId;
import id.canting.programme.catalogue.internal.BudgetExceededException;
import id.canting.programme.catalogue.internal.QuotaExceededException;

/**
 * What approvals have committed of a programme's quota and budget. An approval takes its place with
 * one conditional update of the programme row: the database locks the row, so of two approvals at the
 * same moment (on one node or two) the second sees the first's count and amount, and is refused when
 * together they would pass the quota or the budget. Runs in the approval's transaction: if the
 * approval fails later, the place is given back by the rollback.
 */
@Component
public class ProgrammeCommitments {

	private final JdbcClient jdbc;

	ProgrammeCommitments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes one place and this amount, or refuses.
	 *
	 * @throws QuotaExceededException when every place is taken
	 * @throws BudgetExceededException when the amount is more than the budget left
	 */
	public void commit(ProgrammeId programme, long amountIdr) {
		int updated = jdbc.sql("""
				update programme set approved_count = approved_count + 1, committed_idr = committed_idr + :amount
				 where id = :id and approved_count < quota and committed_idr + :amount <= budget_idr""")
			.param("amount", amountIdr)
			.param("id", programme.value())
			.update();
		if (updated == 0) {
			Committed now = committed(programme);
			if (now.count() >= now.quota()) {
				throw new QuotaExceededException(now.quota());
			}
			throw new BudgetExceededException(amountIdr, now.budgetIdr() - now.committedIdr());
		}
	}

	/** The programme's quota and budget and how much of each approvals have taken. */
	Committed committed(ProgrammeId programme) {
		return jdbc.sql("select quota, approved_count, budget_idr, committed_idr from programme where id = :id")
			.param("id", programme.value())
			.query((rs, n) -> new Committed(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/** A programme's quota and budget against what approvals committed. */
	record Committed(int quota, int count, long budgetIdr, long committedIdr) {
	}
}
