package id.canting.region;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region reference: read once from the {@code province} and {@code regency} tables, names written as
 * publications write them ({@link RegionNames}: "Kota Pekalongan", not the list's capitals), and held in
 * memory, because it only changes by a migration (a new province is a new release).
 */
@Service
public class Regions {

	private final JdbcClient jdbc;
	private volatile Map<String, Province> provinces;
	private volatile Map<String, Regency> regencies;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All 38 provinces in code order. */
	public List<Province> provinces() {
		return List.copyOf(provinceMap().values());
	}

	public Optional<Province> province(String code) {
		return Optional.ofNullable(code == null ? null : provinceMap().get(code));
	}

	/** The regencies and cities of a province in code order; unknown province is a not-found. */
	public List<Regency> regenciesOf(String provinceCode) {
		province(provinceCode).orElseThrow(() -> new UnknownRegionException(provinceCode));
		return regencyMap().values().stream().filter(r -> r.provinceCode().equals(provinceCode)).toList();
	}

	public Optional<Regency> regency(String code) {
		return Optional.ofNullable(code == null ? null : regencyMap().get(code));
	}

	/** The regency with this code, or {@link UnknownRegionException}. */
	public Regency requireRegency(String code) {
		return regency(code).orElseThrow(() -> new UnknownRegionException(code));
	}

	private Map<String, Province> provinceMap() {
		if (provinces == null) {
			Map<String, Province> loaded = new LinkedHashMap<>();
			jdbc.sql("select code, name from province order by code")
				.query((rs, n) -> new Province(rs.getString("code"), RegionNames.publicationCase(rs.getString("name"))))
				.list()
				.forEach(p -> loaded.put(p.code(), p));
			provinces = loaded;
		}
		return provinces;
	}

	private Map<String, Regency> regencyMap() {
		if (regencies == null) {
			Map<String, Regency> loaded = new LinkedHashMap<>();
			jdbc.sql("select code, province_code, name from regency order by code")
				.query((rs, n) -> new Regency(rs.getString("code"), rs.getString("province_code"),
						RegionNames.publicationCase(rs.getString("name")),
						RegencyKind.ofCode(rs.getString("code"))))
				.list()
				.stream()
				.sorted(Comparator.comparing(Regency::code))
				.forEach(r -> loaded.put(r.code(), r));
			regencies = loaded;
		}
		return regencies;
	}
}
