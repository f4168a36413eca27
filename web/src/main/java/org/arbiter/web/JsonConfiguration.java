package org.arbiter.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.arbiter.api.ApiMediaTypes;
import org.arbiter.shared.Json;

/** Makes RESTEasy's Jackson provider use the API's one mapper (strict reading, ISO-8601 instants). */
@Provider
@Produces({MediaType.APPLICATION_JSON, ApiMediaTypes.PROBLEM_JSON})
@Consumes(MediaType.APPLICATION_JSON)
public class JsonConfiguration implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Json.mapper();
    }
}
