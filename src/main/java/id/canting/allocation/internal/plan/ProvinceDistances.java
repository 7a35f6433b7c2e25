package id.canting.allocation.internal.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The plan's transport-cost proxy: the great-circle (haversine) distance in whole kilometres between two
 * provinces' points from {@code data/regions/province-centroids.csv} (area-weighted centroids of the
 * province map, or the capital where the map has no polygon of today's province — see the file's header
 * and docs/allocation-plan.md). Zero within a province.
 */
public final class ProvinceDistances {

	static final String RESOURCE = "data/regions/province-centroids.csv";
	private static final double EARTH_RADIUS_KM = 6371.0088;

	private final Map<String, double[]> points;

	ProvinceDistances(Map<String, double[]> points) {
		this.points = Map.copyOf(points);
	}

	/** The points shipped with the application. */
	public static ProvinceDistances load() {
		Map<String, double[]> points = new HashMap<>();
		try (InputStream in = ProvinceDistances.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
					continue;
				}
				String[] cells = line.split(",");
				points.put(cells[0], new double[] { Double.parseDouble(cells[2]), Double.parseDouble(cells[3]) });
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ProvinceDistances(points);
	}

	/** Whole kilometres between the two provinces' points (0 for the same province). */
	public int km(String fromProvince, String toProvince) {
		if (fromProvince.equals(toProvince)) {
			return 0;
		}
		double[] a = point(fromProvince);
		double[] b = point(toProvince);
		double dLat = Math.toRadians(b[0] - a[0]);
		double dLon = Math.toRadians(b[1] - a[1]);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.pow(Math.sin(dLon / 2), 2);
		return (int) Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)));
	}

	private double[] point(String province) {
		double[] point = points.get(province);
		if (point == null) {
			throw new IllegalArgumentException("no point for province " + province);
		}
		return point;
	}
}
