package id.canting.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.registry.IkmId;
import id.canting.registry.IkmNotFoundException;
import id.canting.registry.RecordStatus;
import id.canting.registry.reports.Semester;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What a semester report needs to know of its IKM (province and status), read without loading the
 * IKM aggregate, and the rules that look at the IKM and the date: only an operating IKM reports, and
 * only for a semester that has begun. Shared by the single and the bulk filing paths.
 */
@Component
public class ReportableIkms {

	/** Semesters begin on Western Indonesian Time, where most batik IKM are. */
	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	/** Keeps IN lists well below what either database accepts. */
	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;
	private final Clock clock;

	ReportableIkms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The province whose office reviews the IKM's reports, and whether the IKM still operates. */
	public record Scope(String provinceCode, RecordStatus status) {
	}

	public Scope scope(IkmId ikm) {
		return scopes(List.of(ikm.value())).values().stream().findFirst()
			.orElseThrow(() -> new IkmNotFoundException(ikm));
	}

	/** The scopes of many IKM in a few queries; an unknown id is simply absent. */
	public Map<Long, Scope> scopes(Collection<Long> ikmIds) {
		Map<Long, Scope> scopes = new HashMap<>();
		List<Long> ids = new ArrayList<>(ikmIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("select id, province_code, status from ikm where id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, n) -> scopes.put(rs.getLong("id"),
						new Scope(rs.getString("province_code"), RecordStatus.valueOf(rs.getString("status")))))
				.list();
		}
		return scopes;
	}

	/** The semester running today: reports can be filed for it and any before it. */
	public Semester currentSemester() {
		return Semester.of(LocalDate.ofInstant(clock.instant(), WIB));
	}

	public void requireReportable(Scope scope, Semester semester) {
		if (scope.status() != RecordStatus.ACTIVE) {
			throw new ConflictException("report.ikm-inactive");
		}
		Semester current = currentSemester();
		if (semester.isAfter(current)) {
			throw new InvalidInputException(List.of(FieldViolation.of("semester", "report.validation.future",
					semester.toString(), current.toString())));
		}
	}
}
