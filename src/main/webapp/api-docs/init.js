// Starts Swagger UI; a file of its own because the Content-Security-Policy allows no inline script.
window.ui = SwaggerUIBundle({ url: "../openapi", dom_id: "#swagger-ui", persistAuthorization: true });
