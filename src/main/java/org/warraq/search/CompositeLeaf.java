package org.warraq.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

/**
 * The segments of an index read as one, with document numbers running on from one segment to the next, so that the
 * index's runs need not be merged into one segment for the export and the analysis to read them: merging them was the
 * largest single cost of a rebuild. Terms and their postings are the segments' merged as they are read ({@link
 * MultiTerms}), and the norms likewise; the index has only those (no doc values, points or vectors). Closing it leaves
 * the segments open: they belong to the reader it was made from.
 */
final class CompositeLeaf extends LeafReader {

    private final IndexReader in;
    private final FieldInfos fieldInfos;
    private final Map<String, Terms> terms = new ConcurrentHashMap<>();
    private final Bits liveDocs;
    private final LeafMetaData metaData;

    private CompositeLeaf(IndexReader in) {
        this.in = in;
        this.fieldInfos = FieldInfos.getMergedFieldInfos(in);
        this.liveDocs = MultiBits.getLiveDocs(in);
        Version oldest = Version.LATEST;
        for (LeafReaderContext leaf : in.leaves()) {
            Version v = leaf.reader().getMetaData().getMinVersion();
            if (v == null) {
                oldest = null;
                break;
            }
            if (!v.onOrAfter(oldest)) {
                oldest = v;
            }
        }
        this.metaData = new LeafMetaData(in.leaves().isEmpty() ? Version.LATEST.major
                : in.leaves().get(0).reader().getMetaData().getCreatedVersionMajor(), oldest, null, false);
    }

    /** {@code reader} as one leaf: its only segment, or its segments (none in an empty index) read as one. */
    static LeafReader of(IndexReader reader) {
        return reader.leaves().size() == 1 ? reader.leaves().get(0).reader() : new CompositeLeaf(reader);
    }

    @Override
    public Terms terms(String field) throws IOException {
        Terms t = terms.get(field);
        if (t == null && fieldInfos.fieldInfo(field) != null) {
            t = MultiTerms.getTerms(in, field);
            if (t != null) {
                Terms raced = terms.putIfAbsent(field, t);
                t = raced != null ? raced : t;
            }
        }
        return t;
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
        return MultiDocValues.getNormValues(in, field);
    }

    @Override
    public FieldInfos getFieldInfos() {
        return fieldInfos;
    }

    @Override
    public Bits getLiveDocs() {
        return liveDocs;
    }

    @Override
    public int numDocs() {
        return in.numDocs();
    }

    @Override
    public int maxDoc() {
        return in.maxDoc();
    }

    @Override
    public StoredFields storedFields() throws IOException {
        return in.storedFields();
    }

    @Override
    public TermVectors termVectors() throws IOException {
        return in.termVectors();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void document(int docID, StoredFieldVisitor visitor) throws IOException {
        in.storedFields().document(docID, visitor);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Fields getTermVectors(int docID) throws IOException {
        return in.termVectors().get(docID);
    }

    @Override
    public NumericDocValues getNumericDocValues(String field) throws IOException {
        return MultiDocValues.getNumericValues(in, field);
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String field) throws IOException {
        return MultiDocValues.getBinaryValues(in, field);
    }

    @Override
    public SortedDocValues getSortedDocValues(String field) throws IOException {
        return MultiDocValues.getSortedValues(in, field);
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String field) throws IOException {
        return MultiDocValues.getSortedNumericValues(in, field);
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) throws IOException {
        return MultiDocValues.getSortedSetValues(in, field);
    }

    @Override
    public PointValues getPointValues(String field) {
        return unsupported(field, fieldInfos.fieldInfo(field) != null && fieldInfos.fieldInfo(field).getPointDimensionCount() > 0, "points");
    }

    @Override
    public FloatVectorValues getFloatVectorValues(String field) {
        return unsupported(field, hasVectors(field), "vectors");
    }

    @Override
    public ByteVectorValues getByteVectorValues(String field) {
        return unsupported(field, hasVectors(field), "vectors");
    }

    @Override
    public void searchNearestVectors(String field, float[] target, KnnCollector knnCollector, Bits acceptDocs) {
        unsupported(field, hasVectors(field), "vectors");
    }

    @Override
    public void searchNearestVectors(String field, byte[] target, KnnCollector knnCollector, Bits acceptDocs) {
        unsupported(field, hasVectors(field), "vectors");
    }

    private boolean hasVectors(String field) {
        FieldInfo info = fieldInfos.fieldInfo(field);
        return info != null && info.getVectorDimension() > 0;
    }

    /** Nothing where the field has none of {@code what}; the index never has them, so having them is an error. */
    private static <T> T unsupported(String field, boolean present, String what) {
        if (present) {
            throw new UnsupportedOperationException("the segments' " + what + " of " + field + " are not read as one");
        }
        return null;
    }

    @Override
    public void checkIntegrity() throws IOException {
        for (LeafReaderContext leaf : in.leaves()) {
            leaf.reader().checkIntegrity();
        }
    }

    @Override
    public LeafMetaData getMetaData() {
        return metaData;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    protected void doClose() {
    }
}
