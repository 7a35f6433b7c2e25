package id.canting.programme.catalogue.internal;

import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.ProgrammeType;
import id.canting.registry.IkmId;
import id.canting.registry.SentraId;

/**
 * Who benefited from earlier programmes, for the rule "not a beneficiary of the same type within N
 * years": an applicant benefited in a programme's year when its application there was approved
 * (and then perhaps realised and closed). Rejected, withdrawn and pending applications are no benefit.
 */
@Component
public class PastBeneficiaries {

	private static final String LAST_BENEFIT = """
			select max(p.programme_year) from programme_application a join programme p on p.id = a.programme_id
			 where a.%s = :applicant and p.type = :type and a.status in ('APPROVED', 'REALISED', 'CLOSED')""";

	private final JdbcClient jdbc;

	PastBeneficiaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The last programme year in which this IKM benefited from a programme of this type. */
	public OptionalInt lastBenefitOfIkm(IkmId ikmId, ProgrammeType type) {
		return lastBenefit("ikm_id", ikmId.value(), type);
	}

	/** The last programme year in which this sentra benefited from a programme of this type. */
	public OptionalInt lastBenefitOfSentra(SentraId sentraId, ProgrammeType type) {
		return lastBenefit("sentra_id", sentraId.value(), type);
	}

	private OptionalInt lastBenefit(String column, long applicant, ProgrammeType type) {
		// max() over no rows is one row holding null
		return jdbc.sql(LAST_BENEFIT.formatted(column))
			.param("applicant", applicant)
			.param("type", type.name())
			.query(Integer.class)
			.list()
			.stream()
			.filter(year -> year != null)
			.mapToInt(Integer::intValue)
			.findFirst();
	}
}
