package id.canting.region.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Module region: loads the official province and regency codes shipped in
 * {@code data/regions/} (idn-area-data 3.1.2, ODbL 1.0) into the tables of V1. A Java migration so
 * the CSV files stay the single copy of the data; Spring Boot hands this bean to Flyway.
 */
@Component
class V2__Region_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		load(connection, "data/regions/provinces.csv", "insert into province (code, name) values (?, ?)", 2);
		load(connection, "data/regions/regencies.csv",
				"insert into regency (code, province_code, name) values (?, ?, ?)", 3);
	}

	private static void load(Connection connection, String resource, String sql, int columns) throws Exception {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8));
				PreparedStatement insert = connection.prepareStatement(sql)) {
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				// The files have no quoted fields: names contain no commas.
				String[] fields = line.split(",", columns);
				for (int i = 0; i < columns; i++) {
					insert.setString(i + 1, fields[i].trim());
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
