package id.canting.certification.batikmark.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.Technique;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Public verification of Batikmark certificates, for anyone without signing in: one certificate by
 * the number on a label (with the QR's code, when scanned), the list of status changes for checking
 * offline, and the searchable public register. Answers carry only {@link PublicCertificate} fields.
 */
@Service
@Transactional(readOnly = true)
public class CertificateVerification {

	/** Sort keys of the register and their columns. */
	public static final Map<String, String> SORTS = Map.of("number", "number", "brand", "lower(brand)", "ikmName",
			"lower(ikm_name)", "validUntil", "valid_until", "issuedOn", "issued_on");

	private static final String COLUMNS = "number, status, technique, brand, ikm_name, regency_code, province_code, "
			+ "issued_on, valid_until, status_changed_on";

	private final Certificates certificates;
	private final JdbcClient jdbc;
	private final Regions regions;
	private final VerificationCache cache;

	CertificateVerification(Certificates certificates, JdbcClient jdbc, Regions regions, VerificationCacheSync sync) {
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.regions = regions;
		this.cache = sync.cache();
	}

	/**
	 * Checks a label: the certificate with this number, and whether {@code code} (from the QR, may be
	 * null) is its verification code. Compared in constant time, so timing tells nothing of the code.
	 *
	 * @throws id.canting.shared.InvalidInputException naming {@code number} when it is not of the form
	 *         {@value CertificateNumber#FORMAT}
	 * @throws CertificateNotFoundException when no certificate has the number
	 */
	@Transactional(propagation = Propagation.SUPPORTS) // no connection at all when the view is cached
	public Verification verify(String number, String code) {
		String key = CertificateNumber.parse(number).map(CertificateNumber::toString).orElse(number);
		VerificationCache.Entry c = cache.get(key, () -> {
			Certificate found = certificates.byNumber(number);
			return new VerificationCache.Entry(publicView(found), found.verificationCode());
		});
		Verification.CodeCheck check = Verification.CodeCheck.NONE;
		if (code != null && !code.isBlank()) {
			boolean same = MessageDigest.isEqual(code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
					c.code().getBytes(StandardCharsets.UTF_8));
			check = same ? Verification.CodeCheck.MATCHED : Verification.CodeCheck.MISMATCH;
		}
		return new Verification(c.view(), check);
	}

	/**
	 * Every certificate whose status changed on or after {@code since} (all of them when null), oldest
	 * change first: complete, not paged, as an offline checker replaces its copy with what it gets.
	 */
	public List<StatusChange> statusChangesSince(LocalDate since) {
		return jdbc.sql("""
				select number, status, status_changed_on from certificate
				where status_changed_on is not null and status_changed_on >= :since
				order by status_changed_on, number""")
			.param("since", since == null ? LocalDate.of(2000, 1, 1) : since)
			.query((rs, i) -> new StatusChange(rs.getString(1), CertificateStatus.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** A page of the public register. */
	public PageResponse<PublicCertificate> register(RegisterFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.technique() != null) {
			where.append(" and technique = :technique");
			params.put("technique", filter.technique().name());
		}
		if (filter.province() != null) {
			where.append(" and province_code = :province");
			params.put("province", filter.province());
		}
		if (filter.regency() != null) {
			where.append(" and regency_code = :regency");
			params.put("regency", filter.regency());
		}
		if (filter.q() != null) {
			String like = "%" + filter.q().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "")
					+ "%";
			where.append(" and (lower(brand) like :q or lower(ikm_name) like :q or lower(number) like :q");
			List<String> regencies = regenciesNamed(filter.q());
			if (!regencies.isEmpty()) {
				where.append(" or regency_code in (:qRegencies)");
				params.put("qRegencies", regencies);
			}
			where.append(")");
			params.put("q", like);
		}
		long total = jdbc.sql("select count(*) from certificate" + where).params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(page.sortProperty(), "number") + (page.ascending() ? " asc" : " desc");
		List<PublicCertificate> content = jdbc
			.sql("select " + COLUMNS + " from certificate" + where + " order by " + order
					+ ", number limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> view(rs.getString("number"), CertificateStatus.valueOf(rs.getString("status")),
					Technique.valueOf(rs.getString("technique")), rs.getString("brand"), rs.getString("ikm_name"),
					rs.getString("regency_code"), rs.getString("province_code"), rs.getObject("issued_on", LocalDate.class),
					rs.getObject("valid_until", LocalDate.class), rs.getObject("status_changed_on", LocalDate.class)))
			.list();
		return PageResponse.of(content, page, total);
	}

	PublicCertificate publicView(Certificate c) {
		return view(c.number(), c.status(), c.technique(), c.brand(), c.ikmName(), c.regencyCode(), c.provinceCode(),
				c.issuedOn(), c.validUntil(), c.statusChangedOn());
	}

	private PublicCertificate view(String number, CertificateStatus status, Technique technique, String brand,
			String ikmName, String regencyCode, String provinceCode, LocalDate issuedOn, LocalDate validUntil,
			LocalDate statusChangedOn) {
		String regencyName = regions.regency(regencyCode).map(r -> Province.displayName(r.name())).orElse(regencyCode);
		String provinceName = regions.province(provinceCode).map(Province::displayName).orElse(provinceCode);
		return new PublicCertificate(number, status, technique, LabelColour.of(technique), brand, ikmName, regencyCode,
				regencyName, provinceName, issuedOn, validUntil, statusChangedOn);
	}

	/** Regencies whose name contains the text, so {@code q=pekalongan} finds certificates there. */
	private List<String> regenciesNamed(String q) {
		String text = q.toLowerCase(Locale.ROOT);
		if (text.length() < 3) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (Province p : regions.provinces()) {
			for (Regency r : regions.regenciesOf(p.code())) {
				if (r.name().toLowerCase(Locale.ROOT).contains(text)) {
					codes.add(r.code());
				}
			}
		}
		return codes;
	}
}
