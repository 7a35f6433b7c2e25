package id.canting.programme.catalogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessProgrammes;

/**
 * The programmes open today (Western Indonesian Time) for IKM that address a readiness pillar, for
 * the recommended next steps of an IKM's weakest pillar. A programme addresses a pillar by its type
 * ({@link #PILLARS_BY_TYPE}, the table below) or by a readiness eligibility rule on that pillar (a
 * programme that asks for, say, technology at least 1 is about technology whatever its type).
 * Programmes for sentra are left out: the IKM cannot apply to them itself.
 * <table>
 * <caption>Pillars each programme type addresses</caption>
 * <tr><th>type</th><th>pillars</th><th>why</th></tr>
 * <tr><td>TECHNICAL_ASSISTANCE</td><td>factory operations, products and services</td><td>process and product know-how (e.g. natural dyes)</td></tr>
 * <tr><td>TRAINING</td><td>people and culture</td><td>workers' skills</td></tr>
 * <tr><td>EQUIPMENT_FACILITATION, MACHINE_RESTRUCTURING, SENTRA_REVITALISATION</td><td>technology, factory operations</td><td>machines and facilities</td></tr>
 * <tr><td>PRISON_ASSISTANCE</td><td>people and culture</td><td>skills of the inmates' units</td></tr>
 * <tr><td>IG_FACILITATION, PROMOTION</td><td>products and services</td><td>the product and its market</td></tr>
 * <tr><td>CERTIFICATION_FACILITATION</td><td>products and services, management and organisation</td><td>a certified product needs a documented quality system</td></tr>
 * <tr><td>INDUSTRY_4_0</td><td>all five</td><td>the readiness programme itself</td></tr>
 * </table>
 */
@Service
@Transactional(readOnly = true)
class OpenProgrammesByPillar implements ReadinessProgrammes {

	static final Map<ProgrammeType, Set<Pillar>> PILLARS_BY_TYPE = pillarsByType();

	private final JdbcClient jdbc;
	private final Clock clock;

	OpenProgrammesByPillar(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<OpenProgramme> openAddressing(Pillar pillar) {
		List<String> types = typesAddressing(pillar).stream().map(Enum::name).toList();
		return jdbc.sql("""
				select p.code, p.name, p.closes_on from programme p
				 where p.status = 'PUBLISHED' and p.target = 'IKM' and p.opens_on <= :today and p.closes_on >= :today
				 and (p.type in (:types)
				      or exists (select 1 from programme_readiness_rule r where r.programme_id = p.id and r.subject = :pillar))
				 order by p.closes_on, p.code""")
			.param("today", LocalDate.ofInstant(clock.instant(), ProgrammeManagement.WIB))
			.param("types", types)
			.param("pillar", pillar.name())
			.query((rs, row) -> new OpenProgramme(rs.getString("code"), rs.getString("name"),
					rs.getObject("closes_on", LocalDate.class)))
			.list();
	}

	/** The programme types that address the pillar (never empty: INDUSTRY_4_0 addresses all). */
	static Set<ProgrammeType> typesAddressing(Pillar pillar) {
		Set<ProgrammeType> types = EnumSet.noneOf(ProgrammeType.class);
		PILLARS_BY_TYPE.forEach((type, pillars) -> {
			if (pillars.contains(pillar)) {
				types.add(type);
			}
		});
		return types;
	}

	private static Map<ProgrammeType, Set<Pillar>> pillarsByType() {
		Map<ProgrammeType, Set<Pillar>> table = new EnumMap<>(ProgrammeType.class);
		table.put(ProgrammeType.TECHNICAL_ASSISTANCE, EnumSet.of(Pillar.FACTORY_OPERATIONS, Pillar.PRODUCTS_AND_SERVICES));
		table.put(ProgrammeType.TRAINING, EnumSet.of(Pillar.PEOPLE_AND_CULTURE));
		table.put(ProgrammeType.EQUIPMENT_FACILITATION, EnumSet.of(Pillar.TECHNOLOGY, Pillar.FACTORY_OPERATIONS));
		table.put(ProgrammeType.MACHINE_RESTRUCTURING, EnumSet.of(Pillar.TECHNOLOGY, Pillar.FACTORY_OPERATIONS));
		table.put(ProgrammeType.SENTRA_REVITALISATION, EnumSet.of(Pillar.TECHNOLOGY, Pillar.FACTORY_OPERATIONS));
		table.put(ProgrammeType.PRISON_ASSISTANCE, EnumSet.of(Pillar.PEOPLE_AND_CULTURE));
		table.put(ProgrammeType.IG_FACILITATION, EnumSet.of(Pillar.PRODUCTS_AND_SERVICES));
		table.put(ProgrammeType.CERTIFICATION_FACILITATION,
				EnumSet.of(Pillar.PRODUCTS_AND_SERVICES, Pillar.MANAGEMENT_AND_ORGANISATION));
		table.put(ProgrammeType.INDUSTRY_4_0, EnumSet.allOf(Pillar.class));
		table.put(ProgrammeType.PROMOTION, EnumSet.of(Pillar.PRODUCTS_AND_SERVICES));
		return java.util.Collections.unmodifiableMap(table);
	}
}
