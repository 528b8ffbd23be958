/**
 * The robot protocol over HTTP: {@code POST /api/v1/robots/{name}/leases} (with a long poll), {@code POST
 * /api/v1/leases/{leaseId}/result|extend|release} and a batch of results at once ({@code POST /api/v1/leases/results}),
 * for robot tokens only, each acting for the robot its token is bound to.
 */
package io.verdict.web.lease;
