/* A small reference BLAS/LAPACK that stands in for numpy's 25 MB OpenBLAS in the frozen app.
 *
 * The app needs numpy only because matplotlib does: small affine transforms (dot/matmul) and
 * 3x3 inverses (np.linalg.inv -> gesv). These plain loops implement exactly the entry points
 * numpy's extension modules import (scipy-openblas64 names: ILP64, prefix scipy_, suffix 64_),
 * with the reference BLAS semantics (beta == 0 never reads C, negative increments, row/column
 * major). LAPACK routines other than getrf/gesv get generated stubs that stop the program with
 * a message (build_spec/blas_shim.py): numpy would otherwise read unset output arrays.
 * Checked against numpy's own tests by tests/packaging/test_blas_shim.py.
 */
#include <complex.h>
#include <math.h>
#include <stdint.h>

typedef int64_t blasint;
enum { RowMajor = 101, ColMajor = 102 };
enum { NoTrans = 111, Trans = 112, ConjTrans = 113 };
enum { Upper = 121, Lower = 122 };

/* the names of numpy 2's scipy-openblas64; the Windows build (numpy 1.26) passes its own */
#ifndef PREFIX
#define PREFIX(name) scipy_cblas_##name##64_
#define LAPACK(name) scipy_##name##_64_
#endif

/* first element of a strided vector of n items, BLAS convention for negative increments */
#define START(inc, n) ((inc) < 0 ? (1 - (n)) * (inc) : 0)

/* element (i, j) of a matrix stored row- or column-major with leading dimension ld */
#define IDX(order, ld, i, j) ((order) == RowMajor ? (i) * (ld) + (j) : (i) + (j) * (ld))
#define AT(M, order, ld, i, j) ((M)[IDX(order, ld, i, j)])

#define CONJ_float(x) (x)
#define CONJ_double(x) (x)
#define CONJ_cfloat(x) conjf(x)
#define CONJ_cdouble(x) conj(x)

typedef float complex cfloat;
typedef double complex cdouble;

/* op(X)(i, j) for trans in {NoTrans, Trans, ConjTrans} */
#define OP(T, X, order, ld, trans, i, j) \
    ((trans) == NoTrans ? AT(X, order, ld, i, j) \
     : (trans) == Trans ? AT(X, order, ld, j, i) : CONJ_##T(AT(X, order, ld, j, i)))

#define GEMM_BODY(T)                                                                   \
    for (blasint i = 0; i < M; i++)                                                    \
        for (blasint j = 0; j < N; j++) {                                              \
            T sum = 0;                                                                 \
            for (blasint l = 0; l < K; l++)                                            \
                sum += OP(T, A, order, lda, ta, i, l) * OP(T, B, order, ldb, tb, l, j); \
            T *c = &C[IDX(order, ldc, i, j)];                                           \
            *c = alpha * sum + (beta == 0 ? 0 : beta * *c);                            \
        }

#define GEMV_BODY(T)                                                                   \
    blasint ny = trans == NoTrans ? M : N, nx = trans == NoTrans ? N : M;              \
    blasint xs = START(incx, nx), ys = START(incy, ny);                                \
    for (blasint i = 0; i < ny; i++) {                                                 \
        T sum = 0;                                                                     \
        for (blasint l = 0; l < nx; l++)                                               \
            sum += OP(T, A, order, lda, trans, i, l) * X[xs + l * incx];               \
        T *y = &Y[ys + i * incy];                                                      \
        *y = alpha * sum + (beta == 0 ? 0 : beta * *y);                                \
    }

/* C = alpha op(A) op(A)^T + beta C on the uplo triangle only (no conjugation: syrk, not herk) */
#define SYRK_BODY(T)                                                                   \
    for (blasint i = 0; i < N; i++)                                                    \
        for (blasint j = (uplo == Upper ? i : 0); j < (uplo == Upper ? N : i + 1); j++) { \
            T sum = 0;                                                                 \
            for (blasint l = 0; l < K; l++)                                            \
                sum += (trans == NoTrans ? AT(A, order, lda, i, l) : AT(A, order, lda, l, i)) \
                     * (trans == NoTrans ? AT(A, order, lda, j, l) : AT(A, order, lda, l, j)); \
            T *c = &C[IDX(order, ldc, i, j)];                                           \
            *c = alpha * sum + (beta == 0 ? 0 : beta * *c);                            \
        }

#define DOT_BODY(T, CJ)                                                                \
    T sum = 0;                                                                         \
    blasint xs = START(incx, n), ys = START(incy, n);                                  \
    for (blasint i = 0; i < n; i++) sum += CJ(X[xs + i * incx]) * Y[ys + i * incy];

#define AXPY_BODY()                                                                    \
    blasint xs = START(incx, n), ys = START(incy, n);                                  \
    for (blasint i = 0; i < n; i++) Y[ys + i * incy] += alpha * X[xs + i * incx];

/* ---- real types: scalars by value ---------------------------------------------------- */
#define REAL_BLAS(T, p)                                                                \
    void PREFIX(p##gemm)(int order, int ta, int tb, blasint M, blasint N, blasint K,   \
                         T alpha, const T *A, blasint lda, const T *B, blasint ldb,    \
                         T beta, T *C, blasint ldc) { GEMM_BODY(T) }                   \
    void PREFIX(p##gemv)(int order, int trans, blasint M, blasint N, T alpha,          \
                         const T *A, blasint lda, const T *X, blasint incx, T beta,    \
                         T *Y, blasint incy) { GEMV_BODY(T) }                          \
    void PREFIX(p##syrk)(int order, int uplo, int trans, blasint N, blasint K,         \
                         T alpha, const T *A, blasint lda, T beta, T *C, blasint ldc)  \
                         { SYRK_BODY(T) }                                              \
    T PREFIX(p##dot)(blasint n, const T *X, blasint incx, const T *Y, blasint incy)    \
                         { DOT_BODY(T, ) return sum; }                                 \
    void PREFIX(p##axpy)(blasint n, T alpha, const T *X, blasint incx, T *Y,           \
                         blasint incy) { AXPY_BODY() }

REAL_BLAS(float, s)
REAL_BLAS(double, d)

/* ---- complex types: scalars through pointers ------------------------------------------ */
#define CPLX_BLAS(T, p, CJ)                                                            \
    void PREFIX(p##gemm)(int order, int ta, int tb, blasint M, blasint N, blasint K,   \
                         const void *pa, const T *A, blasint lda, const T *B,          \
                         blasint ldb, const void *pb, T *C, blasint ldc) {             \
        T alpha = *(const T *)pa, beta = *(const T *)pb; GEMM_BODY(T) }                \
    void PREFIX(p##gemv)(int order, int trans, blasint M, blasint N, const void *pa,   \
                         const T *A, blasint lda, const T *X, blasint incx,            \
                         const void *pb, T *Y, blasint incy) {                         \
        T alpha = *(const T *)pa, beta = *(const T *)pb; GEMV_BODY(T) }                \
    void PREFIX(p##syrk)(int order, int uplo, int trans, blasint N, blasint K,         \
                         const void *pa, const T *A, blasint lda, const void *pb,      \
                         T *C, blasint ldc) {                                          \
        T alpha = *(const T *)pa, beta = *(const T *)pb; SYRK_BODY(T) }                \
    void PREFIX(p##dotu_sub)(blasint n, const T *X, blasint incx, const T *Y,          \
                             blasint incy, T *ret) { DOT_BODY(T, ) *ret = sum; }       \
    void PREFIX(p##dotc_sub)(blasint n, const T *X, blasint incx, const T *Y,          \
                             blasint incy, T *ret) { DOT_BODY(T, CJ) *ret = sum; }     \
    void PREFIX(p##axpy)(blasint n, const void *pa, const T *X, blasint incx, T *Y,    \
                         blasint incy) { T alpha = *(const T *)pa; AXPY_BODY() }

CPLX_BLAS(cfloat, c, conjf)
CPLX_BLAS(cdouble, z, conj)

/* ---- LAPACK (Fortran interface, column-major, every argument by pointer) ------------- */
#define ABS1(x) (fabs((double)creal(x)) + fabs((double)cimag(x)))

#define LAPACK_ROUTINES(T, p)                                                          \
    void LAPACK(p##copy)(const blasint *n, const T *x, const blasint *incx, T *y,      \
                         const blasint *incy) {                                        \
        blasint xs = START(*incx, *n), ys = START(*incy, *n);                          \
        for (blasint i = 0; i < *n; i++) y[ys + i * *incy] = x[xs + i * *incx];        \
    }                                                                                  \
    /* LU with partial pivoting, unblocked (LAPACK's getf2) */                         \
    void LAPACK(p##getrf)(const blasint *m, const blasint *n, T *a, const blasint *lda,\
                          blasint *ipiv, blasint *info) {                              \
        blasint M = *m, N = *n, ld = *lda, mn = M < N ? M : N;                         \
        *info = M < 0 ? -1 : N < 0 ? -2 : ld < (M > 1 ? M : 1) ? -4 : 0;               \
        if (*info) return;                                                             \
        for (blasint j = 0; j < mn; j++) {                                             \
            blasint p = j;                                                             \
            for (blasint i = j + 1; i < M; i++)                                        \
                if (ABS1(a[i + j * ld]) > ABS1(a[p + j * ld])) p = i;                  \
            ipiv[j] = p + 1;                                                           \
            if (a[p + j * ld] != 0) {                                                  \
                if (p != j)                                                            \
                    for (blasint k = 0; k < N; k++) {                                  \
                        T t = a[j + k * ld]; a[j + k * ld] = a[p + k * ld]; a[p + k * ld] = t; \
                    }                                                                  \
                for (blasint i = j + 1; i < M; i++) a[i + j * ld] /= a[j + j * ld];    \
            } else if (*info == 0) {                                                   \
                *info = j + 1;                                                         \
            }                                                                          \
            for (blasint k = j + 1; k < N; k++)                                        \
                for (blasint i = j + 1; i < M; i++)                                    \
                    a[i + k * ld] -= a[i + j * ld] * a[j + k * ld];                    \
        }                                                                              \
    }                                                                                  \
    void LAPACK(p##gesv)(const blasint *n, const blasint *nrhs, T *a, const blasint *lda,\
                         blasint *ipiv, T *b, const blasint *ldb, blasint *info) {     \
        blasint N = *n, R = *nrhs, la = *lda, lb = *ldb;                               \
        *info = N < 0 ? -1 : R < 0 ? -2 : la < (N > 1 ? N : 1) ? -4                    \
              : lb < (N > 1 ? N : 1) ? -7 : 0;                                         \
        if (*info) return;                                                             \
        LAPACK(p##getrf)(n, n, a, lda, ipiv, info);                                    \
        if (*info) return;                                                             \
        for (blasint j = 0; j < N; j++)                                                \
            if (ipiv[j] - 1 != j)                                                      \
                for (blasint k = 0; k < R; k++) {                                      \
                    T t = b[j + k * lb]; b[j + k * lb] = b[ipiv[j] - 1 + k * lb];      \
                    b[ipiv[j] - 1 + k * lb] = t;                                       \
                }                                                                      \
        for (blasint k = 0; k < R; k++) {                                              \
            for (blasint i = 0; i < N; i++)          /* L y = b, L unit lower */       \
                for (blasint l = 0; l < i; l++) b[i + k * lb] -= a[i + l * la] * b[l + k * lb]; \
            for (blasint i = N - 1; i >= 0; i--) {   /* U x = y */                     \
                for (blasint l = i + 1; l < N; l++) b[i + k * lb] -= a[i + l * la] * b[l + k * lb]; \
                b[i + k * lb] /= a[i + i * la];                                        \
            }                                                                          \
        }                                                                              \
    }

LAPACK_ROUTINES(float, s)
LAPACK_ROUTINES(double, d)
LAPACK_ROUTINES(cfloat, c)
LAPACK_ROUTINES(cdouble, z)
