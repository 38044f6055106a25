package org.koryu.transfer;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * A column's value as JSON and back, the same on Derby and PostgreSQL: whole numbers as numbers,
 * text as strings, timestamps and dates as the wall-clock value stored (ISO, no zone: the columns
 * have none), binary as Base64.
 */
final class ColumnValues {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ColumnValues() {
    }

    static JsonValue read(ResultSet rs, int column, int sqlType) throws SQLException {
        JsonValue value = switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> JSON.createValue(rs.getLong(column));
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.TIMESTAMP -> {
                Timestamp t = rs.getTimestamp(column);
                yield t == null ? JsonValue.NULL : JSON.createValue(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.toLocalDateTime()));
            }
            case Types.DATE -> {
                Date d = rs.getDate(column);
                yield d == null ? JsonValue.NULL : JSON.createValue(d.toLocalDate().toString());
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rs.getBytes(column);
                yield bytes == null ? JsonValue.NULL : JSON.createValue(Base64.getEncoder().encodeToString(bytes));
            }
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB -> {
                String s = rs.getString(column);
                yield s == null ? JsonValue.NULL : JSON.createValue(s);
            }
            default -> throw new IllegalStateException("Column " + rs.getMetaData().getColumnName(column) + " has SQL type " + sqlType
                    + ", which the archive does not know");
        };
        return rs.wasNull() ? JsonValue.NULL : value;
    }

    /**
     * Binds an archived value to a parameter of the column's type.
     *
     * @throws IllegalArgumentException when the value does not fit the column, with what was expected
     */
    static void bind(PreparedStatement insert, int parameter, int sqlType, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(parameter, sqlType);
            return;
        }
        try {
            switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(parameter, number(value).longValueExact());
                case Types.BOOLEAN, Types.BIT -> insert.setBoolean(parameter, bool(value));
                case Types.TIMESTAMP -> insert.setTimestamp(parameter, Timestamp.valueOf(LocalDateTime.parse(text(value))));
                case Types.DATE -> insert.setDate(parameter, Date.valueOf(LocalDate.parse(text(value))));
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY ->
                        insert.setBytes(parameter, Base64.getDecoder().decode(text(value)));
                default -> insert.setString(parameter, text(value));
            }
        } catch (ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("expected " + expected(sqlType) + ", found " + value, e);
        }
    }

    private static JsonNumber number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n;
        }
        throw new IllegalArgumentException("expected a whole number, found " + value);
    }

    private static boolean bool(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value == JsonValue.TRUE || value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new IllegalArgumentException("expected true or false, found " + value);
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException("expected a string, found " + value);
    }

    private static String expected(int sqlType) {
        return switch (sqlType) {
            case Types.TIMESTAMP -> "a timestamp like 2023-04-01T09:30:00";
            case Types.DATE -> "a date like 2023-04-01";
            default -> "a whole number";
        };
    }
}
