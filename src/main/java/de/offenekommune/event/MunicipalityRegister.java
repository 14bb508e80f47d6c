package de.offenekommune.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.FederalState;

/**
 * The municipalities the platform knows ({@code municipality}), kept by administrators. Events store
 * their municipality's name and key themselves, so the register only helps to enter them.
 */
@Repository
public class MunicipalityRegister {

    private final JdbcClient jdbc;

    MunicipalityRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All of them, by name. */
    public List<RegisteredMunicipality> findAll() {
        return jdbc.sql("""
                        select ags, name, district, state
                          from municipality
                         order by name, ags
                        """)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Those of this name, whatever its case; several Kommunen may share a name. */
    public List<RegisteredMunicipality> findByName(String name) {
        return jdbc.sql("""
                        select ags, name, district, state
                          from municipality
                         where lower(name) = lower(:name)
                         order by ags
                        """)
                .param("name", name)
                .query((rs, row) -> map(rs))
                .list();
    }

    public Optional<RegisteredMunicipality> findByAgs(String ags) {
        return jdbc.sql("""
                        select ags, name, district, state
                          from municipality
                         where ags = :ags
                        """)
                .param("ags", ags)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** @return {@code false} when the key is registered already (that entry stays as it is) */
    public boolean add(RegisteredMunicipality municipality) {
        return jdbc.sql("""
                        insert into municipality (ags, name, district, state)
                        values (:ags, :name, :district, :state)
                        on conflict (ags) do nothing
                        """)
                .param("ags", municipality.ags())
                .param("name", municipality.name())
                .param("district", municipality.district())
                .param("state", municipality.state().name())
                .update() == 1;
    }

    private static RegisteredMunicipality map(ResultSet rs) throws SQLException {
        return new RegisteredMunicipality(rs.getString("ags"), rs.getString("name"), rs.getString("district"),
                FederalState.valueOf(rs.getString("state")));
    }
}
