package io.glueplatform.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Public on-demand list prices of one region, kept in the repository ({@code src/main/resources/cost/prices-<region>.json})
 * with their source and the date they were read. A price the table lacks is an error naming it, never a silent zero.
 */
public final class PriceTable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode prices;

    private PriceTable(JsonNode prices) {
        this.prices = prices;
    }

    public static PriceTable of(JsonNode prices) {
        return new PriceTable(prices);
    }

    /** The table shipped for {@code region}; a region without one is a {@link CostException}. */
    public static PriceTable forRegion(String region) {
        String resource = "cost/prices-" + region + ".json";
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CostException("no price table for region '" + region + "': add src/main/resources/" + resource
                        + " (shipped: us-east-1, us-east-2)");
            }
            return new PriceTable(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String region() {
        return prices.path("region").asText();
    }

    public String source() {
        return prices.path("source").asText();
    }

    public String asOf() {
        return prices.path("asOf").asText();
    }

    public double hoursPerMonth() {
        return number("hoursPerMonth");
    }

    public double number(String field) {
        JsonNode value = prices.path(field);
        if (!value.isNumber()) {
            throw new CostException("price table " + region() + " has no number '" + field + "'");
        }
        return value.asDouble();
    }

    /**
     * A price from a map, e.g. {@code lookup("ec2InstanceHourly", "t3.micro", "EC2 instance type")} or, nested,
     * {@code lookup("rdsInstanceHourly/mysql", "db.t3.micro", ...)}; {@code what} names it in the error.
     */
    public double lookup(String mapPath, String key, String what) {
        JsonNode map = prices.at("/" + mapPath);
        JsonNode value = map.path(key);
        if (!value.isNumber()) {
            List<String> known = new ArrayList<>();
            map.fieldNames().forEachRemaining(known::add);
            throw new CostException("no " + region() + " price for " + what + " '" + key + "'; priced: " + known
                    + " (src/main/resources/cost/prices-" + region() + ".json)");
        }
        return value.asDouble();
    }

    public double rdsHourly(String engine, String instanceClass) {
        String family = engine.contains("postgres") ? "postgres" : engine.contains("mysql") ? "mysql" : null;
        if (family == null) {
            throw new CostException("no " + region() + " RDS prices for engine '" + engine + "'; priced: mysql, postgres");
        }
        return lookup("rdsInstanceHourly/" + family, instanceClass, "RDS " + family + " instance class");
    }
}
