package org.koryu.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled, transactional data source every feature uses; {@link KoryuDataSource} says where it points. */
@ApplicationScoped
@DataSourceDefinition(
        name = DataSourceDeclaration.JNDI_NAME,
        className = "org.koryu.platform.KoryuDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        transactional = true)
public class DataSourceDeclaration {

    public static final String JNDI_NAME = "java:app/jdbc/koryu";
}
